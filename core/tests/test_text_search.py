import unicodedata

import pytest

from core.text import accent_token, accent_tokens, normalize_text, search_words


def test_word_pasted_from_word_in_nfd_equals_typed_text():
    assert normalize_text(unicodedata.normalize("NFD", "Đảng viên")) == "Đảng viên"
    assert search_words(unicodedata.normalize("NFD", "Đảng viên")) == ["dang", "vien"]


def test_search_words_fold_d_stroke_case_and_punctuation():
    assert search_words("ĐẢNG  viên, 15/2024/QĐ-UBND!") == ["dang", "vien", "15", "2024", "qd", "ubnd"]
    assert search_words("\x00😀") == []


@pytest.mark.parametrize(("first", "second"), [("đảng", "đang"), ("đảng", "dạng"), ("viên", "viện"), ("ưa", "ứa")])
def test_accent_tokens_tell_words_apart_that_fold_alike(first, second):
    assert accent_token(first) != accent_token(second)
    assert accent_token(first).isascii()


def test_unaccented_words_have_no_accent_token():
    assert accent_token("dang") is None
    assert accent_tokens("dang vien Đảng") == ["ddarng"]
