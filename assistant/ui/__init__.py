"""The web app (`notices serve`): chat, search, task register and archive over one `Assistant`.

`app.build_app(assistant)` builds the gradio Blocks and `app.serve(...)` runs it. Only the tab modules and
`app.py` import gradio; `service.py`, `access.py` and the `*view.py`/`render.py` renderers do not, so they
can be tested and reused without it.
"""
