"""Closed vocabularies of FORMAT.md: award types, event kinds, parts of day, hedges."""

from __future__ import annotations

from enum import StrEnum


class AwardType(StrEnum):
    """Kind of honour granted; FORMAT.md's list, "Khác" for anything else."""

    BANG_KHEN = "Bằng khen"
    GIAY_KHEN = "Giấy khen"
    KY_NIEM_CHUONG = "Kỷ niệm chương"
    CO_THI_DUA = "Cờ thi đua"
    HUAN_CHUONG = "Huân chương"
    KHAC = "Khác"


class EventKind(StrEnum):
    """What the meeting does: reviews a period, launches tasks, honours, meets, or other."""

    TONG_KET = "tổng kết"
    SO_KET = "sơ kết"
    TRIEN_KHAI = "triển khai"
    BIEU_DUONG = "biểu dương"
    GAP_MAT = "gặp mặt"
    KHAC = "khác"


class PartOfDay(StrEnum):
    """Part of the day the meeting was held ("Chiều 5/1" -> chiều)."""

    SANG = "sáng"
    TRUA = "trưa"
    CHIEU = "chiều"
    TOI = "tối"


class Qualifier(StrEnum):
    """Hedge written in front of a number ("hơn 30", "gần 5 tỷ đồng")."""

    HON = "hơn"
    TREN = "trên"
    GAN = "gần"
    KHOANG = "khoảng"
    GAN_NHU = "gần như"


class Severity(StrEnum):
    """How much a cross-check finding matters: error = a wrong value, warning = doubtful."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Alignment(StrEnum):
    """How an evidence quote was located in the cleaned text."""

    EXACT = "exact"
    FUZZY = "fuzzy"
    NOT_FOUND = "not_found"
