"""blind14's first run (#27): identity numbers that carry a birth date and sex, boxed form digits, a body's
measurements, witnesses, bilingual labels; and the licences and job words that sat beside them stay."""
from __future__ import annotations

import pytest

from matchlens.preprocess.masking import mask

HIDDEN = [
    ("Codice fiscale: TZRBHS86E24G097F", "TZRBHS86E24G097F"),
    ("CNP: 2850315123456", "2850315123456"),
    ("PESEL: 85031512345", "85031512345"),
    ("NIR : 185037511504217", "185037511504217"),
    ("N° de sécurité sociale : 2 85 03 99 115 042 17", "115 042"),
    ("스리랑카 신분증번호: 933147775V", "933147775V"),
    ("외국인등록번호: 850315-5123456", "5123456"),
    ("4 Né(e) le : |0|5|0|1|1|9|7|5|", "1975"),
    ("Taille / Poids: 1,84 m / 66 kg", "66 kg"),
    ("Height / Weight: 6'0\" / 66 kg", "6'0"),
    ("키 172cm, 몸무게 70kg", "172cm"),
    ("Témoin : Dibor Ngom", "Ngom"),
    ("Witness: Ishara Jayalath", "Jayalath"),
    ("Référence / Reference: Dibor Ngom", "Ngom"),
    ("Traducteur expert près la cour d’appel de Douai : Tascula Hagigogu", "Hagigogu"),
    ("Le gérant : Waly Dioh", "Dioh"),
    ("Il est certifié que FANCELLO Bustianu (Codice fiscale FNCBTN73B18G203N), né en 1973", "FNCBTN73B18G203N"),
    ("Il est certifié que FANCELLO Bustianu (Codice fiscale FNCBTN73B18G203N), né en 1973", "Bustianu"),
    ("CNP 2850315123456, Cluj", "2850315123456"),
    ("Référence / Reference: 덜바하두르 쩨빵", "쩨빵"),
    ("Witness: 우팔리 자얄라트", "자얄라트"),
    ("This is to certify that JAYALATH Thilakaratne (NIC No. 883436784V), born on 08/12/1988", "883436784V"),
    ("- mesure 1,63 m pour 67 kg", "67 kg"),
    ("- est orthodoxe", "orthodoxe"),
    ("Elle est catholique pratiquante", "catholique"),
    ("Fait à Dunkerque, pour l'agence : Bachis Soddu", "Soddu"),
    ("Sworn translator : Páo Thèn", "Thèn"),
    ("Manager : Chỉnh Thèn", "Chỉnh"),
]

KEPT = [
    ("Directeur commercial : 5 ans chez Lidl", "5 ans chez Lidl"),
    ("Référence : 물류센터 입출고 담당", "물류센터 입출고 담당"),
    ("L'école est catholique et privée", "catholique"),
    ("Le bâtiment mesure 12 m de haut", "12 m"),
    ("Permis poids lourd (C), 20 kg max", "20 kg max"),
    ("Taille de l'équipe : 12 personnes", "12 personnes"),
    ("Compétences | Excel | Word | SAP | Cariste |", "SAP"),
    ("Height / Weight: 6'0\" / 66 kg", "Height / Weight"),
    ("Extrait de casier judiciaire vierge\nPermis CE\nN° de sécurité sociale : 2 93 08 97 428 958", "Permis CE"),
]


@pytest.mark.parametrize("text, value", HIDDEN)
def test_hidden(text, value):
    assert value not in mask(text).text


@pytest.mark.parametrize("text, value", KEPT)
def test_kept(text, value):
    assert value in mask(text).text


def test_an_address_beside_an_identity_number_is_the_candidates():
    text = "Salarié : M. BOURHANE Inzoudine\n22 cité des Peupliers — 33150 Cenon\nN° SS : 1970297453981\nEmploi : Cariste"
    out = mask(text).text
    assert "Peupliers" not in out and "Cariste" in out
