"""Machine settings: the bf16 decision is stable across runs (it is part of every cache key); background threads
run at a lower priority without touching the others."""
import json
import os
import threading

from matchlens import settings


def test_the_bf16_decision_is_made_once_per_cpu_and_remembered(monkeypatch, tmp_path):
    monkeypatch.setenv("MATCHLENS_HOME", str(tmp_path))
    ratios = iter([4.0, 1.2, 4.5, 3.9, 5.0])  # one slow timing among fast ones: the median decides
    monkeypatch.setattr(settings, "_bf16_matmul_speedup", lambda: next(ratios))
    assert settings._probe_once() is True
    saved = json.loads((tmp_path / "cpu-probe.json").read_text())
    assert list(saved.values()) == [{"bf16": True, "speedup": 4.0}]
    monkeypatch.setattr(settings, "_bf16_matmul_speedup", lambda: 1.0)  # a loaded machine later
    assert settings._probe_once() is True  # the remembered decision, not a new timing


def test_a_damaged_probe_file_is_decided_again(monkeypatch, tmp_path):
    monkeypatch.setenv("MATCHLENS_HOME", str(tmp_path))
    (tmp_path / "cpu-probe.json").write_text("{not json")
    monkeypatch.setattr(settings, "_bf16_matmul_speedup", lambda: 1.1)
    assert settings._probe_once() is False
    assert json.loads((tmp_path / "cpu-probe.json").read_text())


def test_lower_thread_priority_changes_only_the_calling_thread():
    before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    seen = {}

    def work():
        seen["ok"] = settings.lower_thread_priority()
        seen["nice"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert seen["ok"] and seen["nice"] >= settings.BACKGROUND_NICE
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == before


def test_a_remembered_decision_is_read_without_importing_torch(tmp_path):
    """With every embedding cached, a warm start needs no torch at all; reading the decision must not import it
    (2.2 s of import on the first page's path, measured)."""
    import subprocess
    import sys

    code = (
        "import json, sys\n"
        "from importlib import metadata\n"
        "from matchlens import settings\n"
        "key = f'{settings.cpu_name()} | torch {metadata.version(\"torch\")}'\n"
        f"open({str(tmp_path / 'cpu-probe.json')!r}, 'w').write(json.dumps({{key: {{'bf16': True, 'speedup': 4.0}}}}))\n"
        "assert settings._probe_once() is True\n"
        "print('torch' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], env={**os.environ, "MATCHLENS_HOME": str(tmp_path)},
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "False"
