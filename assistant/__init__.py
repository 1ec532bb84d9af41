"""notice-assistant: cited answers over archives of Vietnamese meeting-conclusion notices.

Kept import-light on purpose: `notices --help` and unit tests must not load torch, gradio or a model.
"""

__version__ = "0.1.0"
