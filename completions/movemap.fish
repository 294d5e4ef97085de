function __movemap_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __movemap_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __movemap_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __movemap_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __movemap_parse_tokens -S
    set -l unparsed_tokens (__movemap_tokens -pc)
    switch $unparsed_tokens[1]
    case 'movemap'
        __movemap_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'render'
            __movemap_parse_subcommand 1 'o/output=' 'format=' 'input-format=' 'size=' 'scale=' 'paper=' 'region=' 'projection=' 'theme=' 'resolution=' 'transparent' 'no-transparent' 'graticule' 'no-graticule' 'country-names' 'no-country-names' 'inset' 'no-inset' 'detail=' 'north-arrow' 'no-north-arrow' 'banner=' 'svg-text=' 'style=' 'at=' 'strict' 'world-file' 'no-route-cache' 'v/verbose' 'q/quiet' 'version' 'h/help'
        case 'batch'
            __movemap_parse_subcommand 1 'o/output=' 'format=' 'jobs=' 'strict' 'force' 'watch' 'shard=' 'size=' 'scale=' 'paper=' 'region=' 'projection=' 'theme=' 'resolution=' 'transparent' 'no-transparent' 'graticule' 'no-graticule' 'country-names' 'no-country-names' 'inset' 'no-inset' 'detail=' 'north-arrow' 'no-north-arrow' 'banner=' 'svg-text=' 'style=' 'at=' 'no-route-cache' 'v/verbose' 'q/quiet' 'version' 'h/help'
        case 'route'
            __movemap_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'sea'
                __movemap_parse_subcommand -r 1 'avoid=' 'allow=' 'speed=' 'depart=' 'json' 'geojson' 'alternatives' 'no-route-cache' 'version' 'h/help'
            case 'air'
                __movemap_parse_subcommand -r 1 'avoid-airspace=' 'speed=' 'depart=' 'json' 'geojson' 'version' 'h/help'
            end
        case 'place'
            __movemap_parse_subcommand -r 1 'limit=' 'kind=' 'country=' 'json' 'version' 'h/help'
        case 'validate'
            __movemap_parse_subcommand -r 1 'places' 'strict' 'no-route-cache' 'v/verbose' 'q/quiet' 'version' 'h/help'
        case 'export'
            __movemap_parse_subcommand 1 'format=' 'o/output=' 'no-route-cache' 'v/verbose' 'q/quiet' 'version' 'h/help'
        case 'draft'
            __movemap_parse_subcommand -r 1 'o/output=' 'date=' 'source=' 'url=' 'into=' 'v/verbose' 'q/quiet' 'version' 'h/help'
        case 'help'
            __movemap_parse_subcommand -r 1 'version'
        end
    end
end

function __movemap_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __movemap_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __movemap_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __movemap_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__movemap_tokens -p)
    if test -z "$(__movemap_tokens -t)"
        set -l index (count (__movemap_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'movemap' -f
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap" version' -l 'version' -d 'Show the version.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_positional "movemap" -eq 1' -fa 'render' -d 'Draw a scenario as a PNG, SVG, PDF or GeoTIFF map.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_positional "movemap" -eq 1' -fa 'batch' -d 'Render every scenario in a folder, in parallel and only what changed.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_positional "movemap" -eq 1' -fa 'route' -d 'Find a sea or flight route through ordered places.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_positional "movemap" -eq 1' -fa 'place' -d 'Look up a place as an analyst writes it: names, variants, codes, typos.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_positional "movemap" -eq 1' -fa 'validate' -d 'Check scenarios without drawing: every problem with file:line:column and a fix.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_positional "movemap" -eq 1' -fa 'export' -d 'Write a scenario and its routed legs as GeoJSON, KML or CSV.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_positional "movemap" -eq 1' -fa 'draft' -d 'Draft a scenario from reports\' text: assets, places, movements, times, each with its evidence.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_positional "movemap" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" o output' -l 'output' -s 'o' -d 'Output file: .png, .svg, .pdf or .tif (GeoTIFF), or - for standard output.' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" format' -l 'format' -d 'Output format when -o has no extension (as with -o -).' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" input-format' -l 'input-format' -d 'Format of a scenario read from standard input; by default it is recognised from the text.' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" size' -l 'size' -d 'Page size in pixels, WIDTHxHEIGHT. (default: 1600x1000)' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" scale' -l 'scale' -d 'Pixels per point for PNG output (2 for HiDPI), from 0.5 to 8. (default: 1)' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" paper' -l 'paper' -d 'Paper for PDF output: a4, a3, letter or tabloid, landscape or with -portrait (a4-portrait); the map fills the sheet inside a 24 pt margin. none: the page is --size. (default: none)' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" region' -l 'region' -d 'Area to show: auto, W,S,E,N in degrees (W > E crosses the dateline; negative values as they are: -6,48,5,54), or a place name. (default: auto)' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" projection' -l 'projection' -d 'Projection: auto, a name (mercator, lcc, stereographic, equal-earth, robinson, orthographic, laea), a PROJ string or EPSG:N. (default: auto)' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" theme' -l 'theme' -d 'Colours: light, dark or print (greyscale-safe). (default: light)' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" resolution' -l 'resolution' -d 'Basemap detail: auto, crude, low, intermediate or high. (default: auto)' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" transparent' -l 'transparent' -d 'Leave the background transparent.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" no-transparent' -l 'no-transparent' -d 'Leave the background transparent.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" graticule' -l 'graticule' -d 'Draw parallels and meridians.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" no-graticule' -l 'no-graticule' -d 'Draw parallels and meridians.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" country-names' -l 'country-names' -d 'Name the countries, where there is room.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" no-country-names' -l 'no-country-names' -d 'Name the countries, where there is room.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" inset' -l 'inset' -d 'Add a locator inset showing where the map lies.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" no-inset' -l 'no-inset' -d 'Add a locator inset showing where the map lies.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" detail' -l 'detail' -d 'Detail inset: auto (a magnified view where markers crowd), off, or places to show magnified, comma-separated. (default: auto)' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" north-arrow' -l 'north-arrow' -d 'Draw an arrow pointing to true north.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" no-north-arrow' -l 'no-north-arrow' -d 'Draw an arrow pointing to true north.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" banner' -l 'banner' -d 'Classification banner at the top and bottom of the page, coloured by its level: UNCLASSIFIED, CUI, CONFIDENTIAL, SECRET or TOP SECRET (other text grey); none for no banner. (default: none)' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" svg-text' -l 'svg-text' -d 'SVG text: outline (exact glyph shapes) or real (editable text in named layers, for Inkscape or Illustrator). (default: outline)' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" style' -l 'style' -d 'House style: a YAML file overriding the theme\'s colours, line widths, marker symbols and fonts (see docs/style.md), or none. (default: none)' -rfa '(set -l exts \'yaml\' \'yml\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" at' -l 'at' -d 'Show where each asset is estimated to be at this time (2024-12-14, 2024-12-14T10:30Z, 2024-12-14T10:30+02:00 or 2024-12-14 10:30 (UTC)).' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" strict' -l 'strict' -d 'Refuse a scenario with a doubtful place (exit 2) instead of drawing it with a warning.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" world-file' -l 'world-file' -d 'Write a world file (.pgw, or .tfw for a .tif), a projection file (.prj) and, for a PNG, GDAL\'s .png.aux.xml beside the map for GIS tools.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" no-route-cache' -l 'no-route-cache' -d 'Route every voyage afresh instead of reusing voyages routed by earlier runs (kept in $MOVEMAP_CACHE, else $XDG_CACHE_HOME/movemap or ~/.cache/movemap; MOVEMAP_CACHE=off turns it off).'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" v verbose' -l 'verbose' -s 'v' -d 'Say more: what was matched and how long steps took.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" q quiet' -l 'quiet' -s 'q' -d 'Say nothing but errors.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" version' -l 'version' -d 'Show the version.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap render" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" o output' -l 'output' -s 'o' -d 'The output folder (created if missing).' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" format' -l 'format' -d 'Output formats, comma-separated: png, svg, pdf, tif (GeoTIFF).' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" jobs' -l 'jobs' -d 'Scenarios rendered at once (default: the number of cores).' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" strict' -l 'strict' -d 'Fail a scenario with a doubtful place (a warning in validate) instead of drawing it.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" force' -l 'force' -d 'Render everything, even what the manifest says is current.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" watch' -l 'watch' -d 'After the run, poll the folder every second and render what changed; Ctrl-C stops.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" shard' -l 'shard' -d 'Make only shard K of N (0-based): item i of the sorted list goes to shard i mod N.' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" size' -l 'size' -d 'Page size in pixels, WIDTHxHEIGHT. (default: 1600x1000)' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" scale' -l 'scale' -d 'Pixels per point for PNG output (2 for HiDPI), from 0.5 to 8. (default: 1)' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" paper' -l 'paper' -d 'Paper for PDF output: a4, a3, letter or tabloid, landscape or with -portrait (a4-portrait); the map fills the sheet inside a 24 pt margin. none: the page is --size. (default: none)' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" region' -l 'region' -d 'Area to show: auto, W,S,E,N in degrees (W > E crosses the dateline; negative values as they are: -6,48,5,54), or a place name. (default: auto)' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" projection' -l 'projection' -d 'Projection: auto, a name (mercator, lcc, stereographic, equal-earth, robinson, orthographic, laea), a PROJ string or EPSG:N. (default: auto)' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" theme' -l 'theme' -d 'Colours: light, dark or print (greyscale-safe). (default: light)' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" resolution' -l 'resolution' -d 'Basemap detail: auto, crude, low, intermediate or high. (default: auto)' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" transparent' -l 'transparent' -d 'Leave the background transparent.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" no-transparent' -l 'no-transparent' -d 'Leave the background transparent.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" graticule' -l 'graticule' -d 'Draw parallels and meridians.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" no-graticule' -l 'no-graticule' -d 'Draw parallels and meridians.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" country-names' -l 'country-names' -d 'Name the countries, where there is room.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" no-country-names' -l 'no-country-names' -d 'Name the countries, where there is room.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" inset' -l 'inset' -d 'Add a locator inset showing where the map lies.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" no-inset' -l 'no-inset' -d 'Add a locator inset showing where the map lies.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" detail' -l 'detail' -d 'Detail inset: auto (a magnified view where markers crowd), off, or places to show magnified, comma-separated. (default: auto)' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" north-arrow' -l 'north-arrow' -d 'Draw an arrow pointing to true north.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" no-north-arrow' -l 'no-north-arrow' -d 'Draw an arrow pointing to true north.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" banner' -l 'banner' -d 'Classification banner at the top and bottom of the page, coloured by its level: UNCLASSIFIED, CUI, CONFIDENTIAL, SECRET or TOP SECRET (other text grey); none for no banner. (default: none)' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" svg-text' -l 'svg-text' -d 'SVG text: outline (exact glyph shapes) or real (editable text in named layers, for Inkscape or Illustrator). (default: outline)' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" style' -l 'style' -d 'House style: a YAML file overriding the theme\'s colours, line widths, marker symbols and fonts (see docs/style.md), or none. (default: none)' -rfa '(set -l exts \'yaml\' \'yml\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" at' -l 'at' -d 'Show where each asset is estimated to be at this time (2024-12-14, 2024-12-14T10:30Z, 2024-12-14T10:30+02:00 or 2024-12-14 10:30 (UTC)).' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" no-route-cache' -l 'no-route-cache' -d 'Route every voyage afresh instead of reusing voyages routed by earlier runs (kept in $MOVEMAP_CACHE, else $XDG_CACHE_HOME/movemap or ~/.cache/movemap; MOVEMAP_CACHE=off turns it off).'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" v verbose' -l 'verbose' -s 'v' -d 'Say more: what was matched and how long steps took.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" q quiet' -l 'quiet' -s 'q' -d 'Say nothing but errors.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" version' -l 'version' -d 'Show the version.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap batch" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap route" version' -l 'version' -d 'Show the version.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap route" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_positional "movemap route" -eq 1' -fa 'sea' -d 'A water-only route through ordered ports, seas, straits or lon,lat points.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_positional "movemap route" -eq 1' -fa 'air' -d 'A flight route on geodesic arcs through ordered airfields or lon,lat points.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap route sea" avoid' -l 'avoid' -d 'Passages to keep out of, comma-separated.' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap route sea" allow' -l 'allow' -d 'Passages or canals to open that are closed by default, comma-separated.' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap route sea" speed' -l 'speed' -d 'Speed in knots, for hours and ETAs.' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap route sea" depart' -l 'depart' -d 'Departure time (2024-12-14, 2024-12-14T10:30Z, 2024-12-14T10:30+02:00 or 2024-12-14 10:30 (UTC)), for ETAs; without --speed at the default speed (14 kn at sea, 420 kn in the air).' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap route sea" json' -l 'json' -d 'Print one JSON object: length_nm, length_km, legs, geometry (lon/lat).'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap route sea" geojson' -l 'geojson' -d 'Print a GeoJSON Feature.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap route sea" alternatives' -l 'alternatives' -d 'Also give the best route avoiding each major passage the shortest uses (Suez or the Cape, Panama or Magellan, the Turkish Straits or none), each with its passages, length and days.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap route sea" no-route-cache' -l 'no-route-cache' -d 'Route every voyage afresh instead of reusing voyages routed by earlier runs (kept in $MOVEMAP_CACHE, else $XDG_CACHE_HOME/movemap or ~/.cache/movemap; MOVEMAP_CACHE=off turns it off).'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap route sea" version' -l 'version' -d 'Show the version.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap route sea" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap route air" avoid-airspace' -l 'avoid-airspace' -d 'Countries whose airspace is closed, comma-separated: ISO codes (alpha-2 or alpha-3) or groups EU, NATO, Schengen, GCC.' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap route air" speed' -l 'speed' -d 'Speed in knots, for hours and ETAs.' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap route air" depart' -l 'depart' -d 'Departure time (2024-12-14, 2024-12-14T10:30Z, 2024-12-14T10:30+02:00 or 2024-12-14 10:30 (UTC)), for ETAs; without --speed at the default speed (14 kn at sea, 420 kn in the air).' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap route air" json' -l 'json' -d 'Print one JSON object: length_nm, length_km, legs, geometry (lon/lat).'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap route air" geojson' -l 'geojson' -d 'Print a GeoJSON Feature.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap route air" version' -l 'version' -d 'Show the version.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap route air" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap place" limit' -l 'limit' -d 'How many matches to show.' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap place" kind' -l 'kind' -d 'Only places of this kind: air_base, naval_base, airport, port, city, region, country, sea, strait, canal, cape, island, peninsula, road.' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap place" country' -l 'country' -d 'Only places in this country (ISO alpha-2 code).' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap place" json' -l 'json' -d 'Print a JSON array, best first: id, name, kind, lon, lat, country, matched, score, confidence, verdict.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap place" version' -l 'version' -d 'Show the version.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap place" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap validate" places' -l 'places' -d 'Print how every place was resolved as a table: written, place, id, kind, country, confidence, distance from the scenario\'s centre.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap validate" strict' -l 'strict' -d 'Treat doubtful places (warnings) as errors: exit 2 unless every place is sure.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap validate" no-route-cache' -l 'no-route-cache' -d 'Route every voyage afresh instead of reusing voyages routed by earlier runs (kept in $MOVEMAP_CACHE, else $XDG_CACHE_HOME/movemap or ~/.cache/movemap; MOVEMAP_CACHE=off turns it off).'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap validate" v verbose' -l 'verbose' -s 'v' -d 'Say more: what was matched and how long steps took.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap validate" q quiet' -l 'quiet' -s 'q' -d 'Say nothing but errors.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap validate" version' -l 'version' -d 'Show the version.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap validate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap export" format' -l 'format' -d 'geojson, kml or csv (default: from the output\'s extension, else geojson).' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap export" o output' -l 'output' -s 'o' -d 'Output file (default: standard output).' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap export" no-route-cache' -l 'no-route-cache' -d 'Route every voyage afresh instead of reusing voyages routed by earlier runs (kept in $MOVEMAP_CACHE, else $XDG_CACHE_HOME/movemap or ~/.cache/movemap; MOVEMAP_CACHE=off turns it off).'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap export" v verbose' -l 'verbose' -s 'v' -d 'Say more: what was matched and how long steps took.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap export" q quiet' -l 'quiet' -s 'q' -d 'Say nothing but errors.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap export" version' -l 'version' -d 'Show the version.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap draft" o output' -l 'output' -s 'o' -d 'Write the scenario here (default: standard output).' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap draft" date' -l 'date' -d 'The reports\' date, for relative times.' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap draft" source' -l 'source' -d 'The source the sightings cite (default: the report\'s file name).' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap draft" url' -l 'url' -d 'The report\'s address, kept in the source.' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap draft" into' -l 'into' -d 'Add what is new to this scenario, keeping its lines and comments.' -rfka ''
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap draft" v verbose' -l 'verbose' -s 'v' -d 'Say more: what was matched and how long steps took.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap draft" q quiet' -l 'quiet' -s 'q' -d 'Say nothing but errors.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap draft" version' -l 'version' -d 'Show the version.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap draft" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'movemap' -n '__movemap_should_offer_completions_for_flags_or_options "movemap help" version' -l 'version' -d 'Show the version.'
