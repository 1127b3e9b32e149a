"""The closed vocabularies of the domain, shared by models, content loader and forms."""

from typing import Final

AGE_BANDS: Final = ("younger", "middle", "older")
AGE_RANGES: Final = {"younger": "8 to 11", "middle": "12 to 15", "older": "16 to 25"}
QUESTION_KINDS: Final = ("single", "multiple", "scale", "text", "ranking")
STATUSES: Final = ("draft", "open", "closed", "reported")
CHANNELS: Final = ("online", "group", "paper")
ROLES: Final = ("admin", "facilitator", "analyst", "safeguarding_lead")

FREE_TEXT_MAX: Final = 2000
SCALE_POINTS: Final = 5
RANKING_MAX: Final = 5
