import os

import pytest

from glossator.files import write_atomic


def test_write_atomic_replaces_whole_files(tmp_path):
    target = tmp_path / "out" / "doc.xml"
    write_atomic(target, b"first")
    write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert os.listdir(target.parent) == ["doc.xml"]


def test_a_failure_mid_write_leaves_the_old_file_and_no_debris(tmp_path, monkeypatch):
    target = tmp_path / "doc.xml"
    target.write_bytes(b"old and whole")

    def crash(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old and whole"
    assert os.listdir(tmp_path) == ["doc.xml"]
