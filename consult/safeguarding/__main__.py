"""`python -m consult.safeguarding`: build the screen's readers now rather than on first use.

`make install` runs this, so the encoder is fine-tuned once, at install time, and again
only when the examples or the settings change; otherwise it takes a few seconds.
"""

import logging

from consult.safeguarding.model import trained

logging.basicConfig(level=logging.INFO, format="%(message)s")
trained()
