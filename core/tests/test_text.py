import pytest

from core.text import ascii_slug, fold_vietnamese


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("đảng viên", "dang vien"),
        ("Đảng bộ huyện Châu Thành", "Dang bo huyen Chau Thanh"),
        ("Quy hoạch thu gom, xử lý chất thải", "Quy hoach thu gom, xu ly chat thai"),
        ("Tiền Giang", "Tien Giang"),
        ("already ascii", "already ascii"),
    ],
)
def test_fold_vietnamese_removes_every_diacritic_including_d_stroke(text, folded):
    assert fold_vietnamese(text) == folded


def test_ascii_slug_turns_d_stroke_into_d():
    title = "Đảng bộ huyện Châu Thành thực hiện đồng bộ các giải pháp"
    assert ascii_slug(title) == "dang-bo-huyen-chau-thanh-thuc-hien-dong-bo-cac-giai-phap"
