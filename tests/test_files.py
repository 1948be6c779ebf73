"""Reading page files in real-world encodings, refusing binaries, and writing atomically."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

import pytest

import cleanpress
from cleanpress.encodings import Encoding, NotText, detect
from cleanpress.files import InputError, decode, read_bytes, write_atomic
from tests.conftest import SEED

SIMPLIFIED = "法 治 思 想 ，坚 持 依 法 治 县 、依 法 执 政 ，为经济社会高质量发展提供坚强法治保障。\n"
TRADITIONAL = cleanpress.clean_text(SIMPLIFIED, ["convert"], convert={"config": "s2tw"})


@pytest.mark.parametrize(
    ("data", "name", "bom"),
    [
        (SIMPLIFIED.encode("utf-8"), "utf-8", b""),
        (b"plain ASCII is UTF-8\n", "utf-8", b""),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8", codecs.BOM_UTF8),
        (codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), "utf-16-le", codecs.BOM_UTF16_LE),
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), "utf-16-be", codecs.BOM_UTF16_BE),
        (codecs.BOM_UTF32_LE + SIMPLIFIED.encode("utf-32-le"), "utf-32-le", codecs.BOM_UTF32_LE),
        (SIMPLIFIED.encode("gbk"), "gbk", b""),
        ("𠀀 is outside GBK: 法治思想".encode("gb18030"), "gb18030", b""),
        (TRADITIONAL.encode("big5"), "big5", b""),
    ],
)
def test_detects_the_encoding_and_decodes(data: bytes, name: str, bom: bytes) -> None:
    encoding = detect(data)
    assert encoding == Encoding(name, bom)
    decoded = decode(data)
    assert decoded.encoding == encoding
    assert "\ufeff" not in decoded.text, "the byte-order mark is not part of the text"
    assert encoding.encode(decoded.text) == data, "written back in its encoding, the file is the same"


def test_detects_a_whole_page_in_each_encoding(seed_text: str) -> None:
    traditional = cleanpress.clean_text(seed_text, ["convert"], convert={"config": "s2tw"})
    assert detect(seed_text.encode("gbk", "replace")).name == "gbk"
    assert detect(traditional.encode("big5", "replace")).name in ("big5", "cp950")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (SIMPLIFIED.encode("utf-16-le"), "binary file"),  # UTF-16 without its mark has NULs
        (bytes(range(1, 256)) * 20, "not text in a known encoding"),
        ("café au lait, crème brûlée\n".encode("latin-1"), "not text in a known encoding"),
    ],
)
def test_refuses_binaries_and_unknown_encodings(data: bytes, reason: str) -> None:
    with pytest.raises(NotText, match=reason):
        detect(data)
    with pytest.raises(InputError, match=reason):
        decode(data)


def test_a_given_encoding_is_used_as_given() -> None:
    data = TRADITIONAL.encode("big5")
    assert decode(data, "big5").text == TRADITIONAL
    assert decode(data, "BIG5").encoding.name == "big5", "names are made canonical"
    with pytest.raises(InputError, match="not valid utf-8 text at byte 0"):
        decode(data, "utf-8")
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        decode(data, "klingon")


def test_utf8_fast_path_does_not_load_the_detector() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from cleanpress.files import decode; decode('法治'.encode()); "
        "print('charset_normalizer' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_read_errors_have_reasons(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_bytes(tmp_path / "gone.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_bytes(tmp_path)

    def unreadable(self: Path) -> bytes:  # chmod 0 does not stop root, who runs CI
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", unreadable)
    with pytest.raises(InputError, match="^Permission denied$"):
        read_bytes(tmp_path / "locked.txt")


def test_write_atomic_replaces_keeps_permissions_and_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(b"old")
    path.chmod(0o640)
    write_atomic(path, "新".encode())
    assert path.read_text(encoding="utf-8") == "新"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert os.listdir(tmp_path) == ["page.txt"]


def test_write_atomic_new_file_takes_the_given_or_default_mode(tmp_path: Path) -> None:
    write_atomic(tmp_path / "given.txt", b"x", mode=0o604)
    assert stat.S_IMODE((tmp_path / "given.txt").stat().st_mode) == 0o604
    write_atomic(tmp_path / "default.txt", b"x")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE((tmp_path / "default.txt").stat().st_mode) == 0o666 & ~umask


def test_write_atomic_cleans_up_when_interrupted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(b"old")

    def interrupted_fsync(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted_fsync)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(path, b"new")
    assert path.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["page.txt"]


def test_write_atomic_in_a_folder_that_is_gone(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot write next to the file"):
        write_atomic(tmp_path / "gone" / "page.txt", b"x")


def test_the_seed_page_reads_the_same_in_every_encoding(tmp_path: Path, seed_text: str) -> None:
    for name, data in {
        "utf8.txt": seed_text.encode("utf-8"),
        "bom.txt": codecs.BOM_UTF8 + seed_text.encode("utf-8"),
        "utf16.txt": codecs.BOM_UTF16_LE + seed_text.encode("utf-16-le"),
    }.items():
        (tmp_path / name).write_bytes(data)
        assert decode(read_bytes(tmp_path / name)).text == SEED.read_text(encoding="utf-8")
