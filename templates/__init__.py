"""Built-in Jinja2 templates; shipped as package data so a plain `pip install .` finds them."""
