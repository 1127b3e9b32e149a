"""`python -m consult.privacy`: build the scrubber's name tagger now rather than on first use.

`make install` runs this, so the tagger is fine-tuned once, at install time, and again
only when its sentences or settings change; otherwise it takes a few seconds.
"""

import logging

from consult.privacy.tagger import trained

logging.basicConfig(level=logging.INFO, format="%(message)s")
trained()
