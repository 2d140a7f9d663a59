"""Every CLI command and option is documented in the README."""

from __future__ import annotations

from pathlib import Path

from eventwire.cli import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme():
    for name, command in cli.commands.items():
        assert f"eventwire {name}" in README, f"`eventwire {name}` is not documented"
        assert "Example:" in (command.help or ""), f"{name} has no Example in its help"


def test_every_code_option_is_in_the_readme():
    for param in cli.commands["code"].params:
        for opt in getattr(param, "opts", []):
            if opt.startswith("--"):
                assert opt in README, f"{opt} is not documented"


def test_the_two_commands_are_at_the_top():
    top = README[:1500]
    assert "make demo" in top and "make test" in top
