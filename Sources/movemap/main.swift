print("movemap")
