"""``dateline actors list|check`` on the shipped knowledge base."""
from typer.testing import CliRunner

from dateline.cli.main import app

runner = CliRunner()


def test_shipped_knowledge_base_passes_its_check():
    result = runner.invoke(app, ["actors", "check"])
    assert result.exit_code == 0 and "knowledge base OK" in result.stdout


def test_list_gives_the_office_holders_on_a_date():
    result = runner.invoke(app, ["actors", "list", "--country", "USA", "--on", "2022-06-01"])
    assert "Joe Biden" in result.stdout and "Lloyd Austin" in result.stdout
    assert "Donald Trump" not in result.stdout and "Pete Hegseth" not in result.stdout
