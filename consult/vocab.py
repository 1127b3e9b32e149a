"""The closed vocabularies of the domain, shared by models, content loader and forms."""

from typing import Final

AGE_BANDS: Final = ("younger", "middle", "older")
QUESTION_KINDS: Final = ("single", "multiple", "scale", "text", "ranking")
STATUSES: Final = ("draft", "open", "closed", "reported")
CHANNELS: Final = ("online", "group", "paper")
ROLES: Final = ("admin", "facilitator", "analyst", "safeguarding_lead")

FREE_TEXT_MAX: Final = 2000
SCALE_POINTS: Final = 5
RANKING_MAX: Final = 5
