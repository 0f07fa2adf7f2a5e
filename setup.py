"""Only what pyproject.toml can't say: every package under src/, plus resources/ as deskapp.resources."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages("src"), "deskapp.resources"],
    package_dir={"": "src", "deskapp.resources": "resources"},
)
