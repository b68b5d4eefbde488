"""Colours, symbols and labels used by every chart and the map, from one place.

Okabe–Ito palette (colour-blind safe). Country is never shown by colour alone: each has a marker symbol.
"""

COUNTRY_COLORS = {"BE": "#0072B2", "NL": "#D55E00", "both": "#009E73"}
COUNTRY_SYMBOLS = {"BE": "circle", "NL": "diamond", "both": "square"}
COUNTRY_RGB = {k: tuple(int(v[i:i + 2], 16) for i in (1, 3, 5)) for k, v in COUNTRY_COLORS.items()}
FORMALITY_COLORS = {"formal": "#0072B2", "informal": "#E69F00"}
OKABE_ITO = ["#0072B2", "#D55E00", "#009E73", "#E69F00", "#56B4E9", "#CC79A7", "#F0E442", "#000000"]
GREY = "#8A94A0"
INK = "#1F2933"  # text on charts and maps: dark enough for a projector
FONT = "Source Sans Pro, sans-serif"
