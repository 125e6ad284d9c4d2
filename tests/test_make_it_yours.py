"""Someone else's site: the kit's test command passes whatever the writer did to content/."""

import pytest

from inner_run import INNER_RUN_KEY, InnerRun


@pytest.mark.whole_suite
def test_another_writers_site_passes_the_readme_test_command(request):
    run: InnerRun = request.config.stash[INNER_RUN_KEY]
    assert run.init.returncode == 0, run.init.stderr
    code, output = run.finish(timeout=1800)
    tail = output[-3000:]
    assert code == 0, tail
    assert " passed" in output and " deselected" in output, tail
    assert "Checked " in output, tail  # invoke check ran on their content
    settings = (run.folder / "site/pelicanconf.py").read_text(encoding="utf-8")
    assert 'AUTHOR = "Ingrid Sæther"' in settings
