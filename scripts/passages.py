"""Straits and canals the sea router models. Coordinates are [lon, lat] degrees.

gate      polygon across the strait, coast to coast: closing the passage blocks the cells inside
sides     two water points on either side; the build checks that closing the gate separates them
narrows   two water points on either side of a strait too narrow for the 1' raster: the build
          finds a water-only channel between them on a fine raster
channel   a canal's centreline through land (designated; not water on the shoreline)
open      whether the passage is open by default
season    for passages open only part of the year: the first and last day open ('MM-DD') and
          the published figures they come from; outside it (or with no date) the passage is closed
separates two water points that closing the gate (with every other seasonal gate) must part,
          checked over the whole raster rather than a local window
"""


def box(w, s, e, n):
    return [[w, s], [e, s], [e, n], [w, n]]


PASSAGES = [
    dict(id='gibraltar', name='Strait of Gibraltar', canal=False, open=True,
         gate=box(-5.75, 35.70, -5.45, 36.25), sides=[[-6.2, 35.9], [-5.0, 36.0]]),
    dict(id='dover', name='Strait of Dover', canal=False, open=True,
         gate=[[1.10, 51.15], [1.30, 51.22], [1.75, 50.85], [1.65, 50.80]],
         sides=[[1.0, 50.6], [2.0, 51.3]]),
    dict(id='oresund', name='Øresund', canal=False, open=True,
         gate=box(12.40, 56.00, 12.85, 56.10), sides=[[12.62, 56.15], [12.75, 55.80]]),
    dict(id='great-belt', name='Great Belt', canal=False, open=True,
         gate=box(10.70, 55.27, 11.25, 55.37), sides=[[10.95, 55.60], [10.95, 55.10]]),
    dict(id='little-belt', name='Little Belt', canal=False, open=True,
         gate=box(9.55, 55.44, 9.85, 55.56), narrows=[[9.90, 55.65], [9.80, 55.20]]),
    dict(id='bosporus', name='Bosporus', canal=False, open=True,
         gate=box(28.95, 41.05, 29.15, 41.10), narrows=[[28.99, 40.95], [29.15, 41.30]]),
    dict(id='dardanelles', name='Dardanelles', canal=False, open=True,
         gate=[[26.28, 40.10], [26.45, 40.06], [26.52, 40.18], [26.35, 40.24]],
         narrows=[[26.10, 40.00], [26.75, 40.45]]),
    dict(id='messina', name='Strait of Messina', canal=False, open=True,
         gate=box(15.55, 38.20, 15.72, 38.28), narrows=[[15.62, 38.40], [15.55, 37.95]]),
    dict(id='rion-antirrion', name='Rion–Antirrion Strait', canal=False, open=True,
         gate=box(21.755, 38.29, 21.805, 38.35), narrows=[[21.66, 38.27], [21.92, 38.36]]),
    dict(id='kerch', name='Kerch Strait', canal=False, open=True,
         gate=box(36.35, 45.20, 36.75, 45.30), narrows=[[36.62, 45.50], [36.55, 44.95]]),
    dict(id='bab-el-mandeb', name='Bab el-Mandeb', canal=False, open=True,
         gate=box(43.00, 12.55, 43.60, 12.65), sides=[[43.2, 13.0], [43.6, 12.3]]),
    dict(id='hormuz', name='Strait of Hormuz', canal=False, open=True,
         gate=box(56.30, 26.20, 56.45, 27.20), sides=[[55.9, 26.6], [56.8, 26.2]]),
    dict(id='malacca', name='Strait of Malacca', canal=False, open=True,
         gate=[[101.55, 2.95], [101.45, 3.05], [100.65, 2.15], [100.75, 2.05]],
         sides=[[100.5, 3.5], [102.0, 1.8]]),
    dict(id='singapore', name='Singapore Strait', canal=False, open=True,
         gate=box(103.92, 1.05, 103.98, 1.38)),
    dict(id='bering', name='Bering Strait', canal=False, open=True,
         gate=[[-169.9, 66.12], [-169.8, 65.98], [-168.0, 65.55], [-167.9, 65.72]],
         sides=[[-169.0, 67.0], [-169.0, 65.0]]),
    dict(id='suez', name='Suez Canal', canal=True, open=True,
         channel=[[32.32, 31.30], [32.31, 31.22], [32.33, 30.90], [32.31, 30.70], [32.28, 30.58],
                  [32.33, 30.45], [32.38, 30.37], [32.45, 30.28], [32.52, 30.18], [32.56, 30.05],
                  [32.57, 29.93]]),
    dict(id='panama', name='Panama Canal', canal=True, open=True,
         channel=[[-79.92, 9.40], [-79.92, 9.30], [-79.91, 9.26], [-79.87, 9.20], [-79.80, 9.15],
                  [-79.73, 9.12], [-79.68, 9.10], [-79.65, 9.05], [-79.61, 9.02], [-79.59, 8.99],
                  [-79.56, 8.95], [-79.53, 8.90]]),
    dict(id='kiel', name='Kiel Canal', canal=True, open=False,
         channel=[[9.14, 53.89], [9.21, 53.95], [9.33, 54.03], [9.45, 54.12], [9.55, 54.22],
                  [9.62, 54.30], [9.70, 54.31], [9.80, 54.32], [9.88, 54.34], [9.97, 54.36],
                  [10.06, 54.37], [10.15, 54.37]]),
    dict(id='corinth', name='Corinth Canal', canal=True, open=False,
         channel=[[22.955, 37.945], [23.005, 37.915]]),
    dict(id='northern-sea-route', name='Northern Sea Route', canal=False, open=False,
         gate=box(100.0, 72.0, 107.0, 80.0), separates=[[-168.0, 70.0], [40.0, 72.0]],
         season=dict(opens='07-01', closes='11-15',
                     source='Northern Sea Route Administration permits and the CHNL Northern Sea Route '
                            'Information Office transit records: transits fall in the summer-autumn '
                            'navigation season, early July to mid-November')),
    dict(id='northwest-passage', name='Northwest Passage', canal=False, open=False,
         gate=box(-101.5, 66.0, -98.5, 79.0), separates=[[-135.0, 71.0], [-65.0, 73.0]],
         season=dict(opens='08-01', closes='10-10',
                     source='Canadian Coast Guard, Ice Navigation in Canadian Waters, and NORDREG '
                            'transit records: full transits of the Canadian Arctic Archipelago run from '
                            'early August to early October'))
]

# The central Arctic Ocean: permanent pack ice, never a route in any season. Water north of
# `north` between the two longitudes is not navigable. The limits keep the coastal Northern Sea
# Route (Vilkitsky Strait at 78°N), the Parry Channel (74°N), Svalbard's west coast and the
# Barents Sea, and close the Lincoln Sea, Nares Strait north of Smith Sound and the Canada Basin.
CENTRAL_ARCTIC = [
    dict(west=-180.0, east=-100.0, north=76.0),
    dict(west=-100.0, east=-30.0, north=78.0),
    dict(west=-30.0, east=60.0, north=81.0),
    dict(west=60.0, east=110.0, north=78.6),
    dict(west=110.0, east=180.0, north=77.5),
]

# Waters with winter ice that the router notes but does not close: ships call there all winter
# with icebreaker assistance and ice-class restrictions.
ICE_NOTICES = [
    dict(id='bothnia-ice', name='Gulf of Bothnia', area=box(17.0, 60.3, 25.8, 66.0),
         season=dict(opens='12-01', closes='05-15',
                     source='Finnish Transport Infrastructure Agency and Swedish Maritime Administration winter '
                            'navigation: ice-class traffic restrictions and icebreaker assistance in the Bothnian '
                            'Bay and Sea, usually December to mid-May')),
    dict(id='finland-ice', name='Gulf of Finland', area=box(22.8, 59.2, 30.6, 60.9),
         season=dict(opens='12-15', closes='04-30',
                     source='Finnish Transport Infrastructure Agency winter navigation: ice-class traffic '
                            'restrictions in the Gulf of Finland, usually mid-December to April')),
    # The Arctic's coastal seas: ports there are reached without crossing the seasonal
    # passages' gates, so their ice is noted on its own; a route through the passage whose
    # waters they are (`passage`) has that passage's season noted instead.
    dict(id='white-sea-ice', name='White Sea', area=box(32.0, 63.8, 44.5, 68.7),
         season=dict(opens='11-15', closes='05-15',
                     source='Arctic and Antarctic Research Institute (AARI) sea-ice climatology of the Russian Arctic seas: the White Sea is ice-covered from about mid-November to mid-May')),
    dict(id='kara-ice', passage='northern-sea-route', name='Kara Sea', area=box(60.0, 68.0, 100.0, 81.0),
         season=dict(opens='11-01', closes='06-30',
                     source='Arctic and Antarctic Research Institute (AARI) sea-ice climatology of the Russian Arctic seas: the Kara Sea is ice-covered from about November to early July')),
    dict(id='laptev-ice', passage='northern-sea-route', name='Laptev Sea', area=box(107.0, 70.0, 140.0, 80.0),
         season=dict(opens='10-15', closes='07-15',
                     source='Arctic and Antarctic Research Institute (AARI) sea-ice climatology of the Russian Arctic seas: the Laptev Sea freezes in October and clears in July')),
    dict(id='east-siberian-ice', passage='northern-sea-route', name='East Siberian Sea', area=box(140.0, 68.0, 180.0, 78.0),
         season=dict(opens='10-15', closes='07-31',
                     source='Arctic and Antarctic Research Institute (AARI) sea-ice climatology of the Russian Arctic seas: the East Siberian Sea is ice-covered from mid-October to late July')),
    dict(id='chukchi-ice', passage='northern-sea-route', name='Chukchi Sea', area=box(-180.0, 66.5, -156.0, 75.0),
         season=dict(opens='11-01', closes='06-30',
                     source='U.S. National Ice Center and NSIDC sea-ice climatology: the Chukchi Sea is '
                            'ice-covered from about November to June')),
    dict(id='beaufort-ice', passage='northwest-passage', name='Beaufort Sea', area=box(-156.0, 69.0, -122.0, 76.0),
         season=dict(opens='10-15', closes='07-15',
                     source='Canadian Ice Service, Sea Ice Climatic Atlas: the southern Beaufort Sea is ice-covered from mid-October to mid-July')),
    dict(id='hudson-ice', name='Hudson Bay', area=box(-95.0, 51.0, -76.0, 64.0),
         season=dict(opens='11-15', closes='07-15',
                     source='Canadian Ice Service, Sea Ice Climatic Atlas: Hudson Bay freezes from mid-November and clears by mid-July')),
    dict(id='baffin-ice', passage='northwest-passage', name='Baffin Bay', area=box(-80.0, 68.0, -55.0, 78.0),
         season=dict(opens='11-01', closes='07-15',
                     source='Canadian Ice Service, Sea Ice Climatic Atlas: Baffin Bay is ice-covered from November to mid-July')),
    dict(id='okhotsk-ice', name='Sea of Okhotsk', area=box(135.0, 53.0, 160.0, 62.0),
         season=dict(opens='12-01', closes='04-30',
                     source='Japan Meteorological Agency sea-ice climatology: the northern Sea of Okhotsk is '
                            'ice-covered from December to April')),
]
