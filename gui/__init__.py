"""The Glossator desktop application (PyQt6): the only package that imports Qt."""
