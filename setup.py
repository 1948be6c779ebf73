"""Optional compiled build: ``CLEANPRESS_COMPILE=1 pip install .`` compiles the per-line work
of the filters with mypyc, as black does; without the variable the package is pure Python.

Everything else (metadata, dependencies, package data) is in pyproject.toml.
"""

import os

from setuptools import setup

#: The modules mypyc compiles: plain functions and classes with exact annotations, holding the
#: per-line and per-character work. The Filter classes (frozen dataclasses that the pipeline
#: pickles and configures) stay interpreted wrappers around them.
COMPILED_MODULES = [
    "cleanpress/gaps.py",
    "cleanpress/filters/_dehyphen_core.py",
    "cleanpress/filters/_despace_core.py",
    "cleanpress/filters/_reflow_core.py",
    "cleanpress/filters/_scan.py",
]

ext_modules = []
if os.environ.get("CLEANPRESS_COMPILE", "0") == "1":
    from mypyc.build import mypycify

    ext_modules = mypycify(
        # mypy follows the imports of the compiled modules into the whole package, in a build
        # environment without the runtime dependencies (typer, opencc, ...): report errors only
        # in the compiled modules, and type what is not installed as Any.
        ["--follow-imports=silent", "--ignore-missing-imports", *COMPILED_MODULES],
        opt_level="3",
        debug_level="1",
        # One shared library for all compiled modules (calls between them stay native). A dotted
        # name puts it inside the package (cleanpress/_native__mypyc*.so); without one it is a
        # top-level module that an editable install made without CLEANPRESS_COMPILE does not
        # map, so importing cleanpress would fail once anyone had built in place.
        group_name="cleanpress._native",
    )

setup(ext_modules=ext_modules)
