"""Job facts that use the words of the protected grounds (#27): where a job was and what it dealt with stay, beside the
candidate's own markers, which go. Care, childcare, cleaning, security and kitchens name places of worship, faiths'
charities, wards named by a condition, the ages and origins of the public, and the employers' addresses. Each case
is written here, not taken from a placement split; each failed before the mechanism it tests."""
import pytest

from matchlens.preprocess.masking import mask


def masked(text: str) -> str:
    return mask(text).text


@pytest.mark.parametrize("text,kept", [
    # an employer's address: in the brackets after its name, or on a dated experience line
    ("Expérience\nCrèche Les Petits Pas (8 rue des Tilleuls, 63000 Clermont-Ferrand)", "8 rue des Tilleuls"),
    ("Experience\nBramley Care Home (12 Mill Lane, Kettering NN16 0AA)", "12 Mill Lane"),
    ("depuis 2019 : Agent d'entretien - Net Auvergne, 4 rue de la Gare, 63100 Clermont-Ferrand", "4 rue de la Gare"),
    ("2014-2020: Cook, Riverside Nursing Home, 7 Mill Lane, Rushden NN10 9AA", "7 Mill Lane"),
    ("2018 - aujourd'hui : Serveur en brasserie, Lyon 3e", "Lyon 3e"),
    ("aide à domicile depuis 2016 - ADMR Val-de-Marne, 12 rue de la Paix, 94200 Ivry-sur-Seine", "12 rue de la Paix"),
    ("경력\n수원시 권선동 구립어린이집 (2019~2022)", "권선동 구립어린이집"),  # an institution named after its town
    # a place of worship or a faith's charity as the place of a job
    ("filtrage à l'entrée d'une synagogue (fêtes de Kippour)", "synagogue"),
    ("ménage des salles paroissiales ; entretien de lieux de culte (église, mosquée)", "(église, mosquée)"),
    ("since 2021: Kitchen Assistant, Salvation Army, Corby", "Salvation Army"),
    ("Expérience\nSecours catholique (accueil de jour) (3 place de l'Église, 63200 Riom)", "place de l'Église"),
    ("night patrols at the mosque car park", "mosque car park"),
    ("since 2016: Cleaner, St Mary's Hall, 4 Church Street, Corby NN17 1AA", "Church Street"),
    # a ward, a unit or a diet named by a condition
    ("cleaning the haemodialysis unit", "haemodialysis unit"), ("renal dialysis unit", "dialysis unit"),
    ("repas adaptés (diabétique, sans sel)", "diabétique"), ("신장내과 (투석) 보조", "투석"),
    # the children and the ages of the public
    ("nanny to 3 children", "3 children"), ("agrément : 3 enfants de 0 à 3 ans", "3 enfants"),
    ("청소년 쉼터 (14~19세)", "19세"), ("consultations avec la sage-femme", "sage-femme"),
    # the origins of the public
    ("- 다문화 가정 아동 지도", "다문화 가정"), ("accueil en CADA (demandeurs d'asile)", "demandeurs d'asile"),
    ("asylum seekers' hostel night shifts", "asylum seekers"),
])
def test_job_facts_with_the_words_of_a_ground_stay(text, kept):
    assert kept in masked(text), masked(text)


@pytest.mark.parametrize("text,gone", [
    ("Adresse : 8 rue des Tilleuls, 63000 Clermont-Ferrand", "8 rue des Tilleuls"),  # a home stays masked
    ("Domicile : 8 rue des Tilleuls, 63000 Clermont-Ferrand", "8 rue des Tilleuls"),
    ("주소: 수원시 권선동", "권선동"), ("수원시 권선동 거주", "권선동"),
    ("Sophie Vernet (8 rue des Tilleuls, 63000 Clermont-Ferrand)", "8 rue des Tilleuls"),  # after a name: hers
    ("I live at 7 Mill Lane, Rushden NN10 9AA", "9AA"),  # no part of a postcode left
    ("• 2 ans en EHPAD • 8 rue des Tilleuls, 63000 Clermont • depuis 2022", "8 rue des Tilleuls"),  # another item's dates
    ("bénévole au Secours catholique (2015-2019)", "Secours catholique"),  # a faith volunteered for
    ("Interests: Sunday school teacher, gardening", "Sunday school"),
    ("helper at the Catholic parish food bank", "Catholic parish"),
    ("2023 – Congé sans solde – Aïd el-Fitr", "Aïd"),
    ("on refugee status since 2019", "refugee"),
    ("성당 레지오 단원이고 매장 근무 2년", "성당"),
])
def test_the_candidates_own_markers_still_go(text, gone):
    assert gone not in masked(text), masked(text)


@pytest.mark.parametrize("text,gone", [
    ("a Filipina national", "Filipina"), ("arrivée en France en 2012, j'ai 40 ans", "arrivée en France en 2012"),
    ("came to the UK in 2011", "came to the UK in 2011"), ("2015년 한국 입국", "2015년"),
    ("Hindu by faith", "Hindu"), ("Religion or belief: Baha'i", "Baha'i"), ("je porte le voile", "voile"),
    ("I wear a headscarf", "headscarf"), ("pas de missions le samedi (adventiste)", "adventiste"),
    ("토요일 근무 불가 (안식일)", "안식일"), ("절에 다니는 불자입니다", "불자"), ("Title: Mrs", "Mrs"),
    ("Sexe\nféminin", "féminin"), ("곽다온 (여)", "(여)"),
    ("ShiftPal · profile · Tendai Muchenje · ★ 4.6", "Tendai"), ("👍 Tendai Muchenje: “always on time”", "Tendai"),
    ("👍 곽다온: “최고의 동료”", "곽다온"), ("추천 곽다온 (센터 코디네이터)", "곽다온"),
    ("Vouched for by Tendai Muchenje (coordinator)", "Tendai"), ("Worker: Tendai Muchenje", "Tendai"),
])
def test_markers_said_in_the_frames_of_care_and_gig_profiles(text, gone):
    assert gone not in masked(text), masked(text)


def test_a_private_employers_address_stays_and_their_name_goes():
    out = masked("Experience\n2012-2016: Nanny, private family - the family of Tendai Muchenje (4 Mill Lane, Corby NN17 1AA)")
    assert "Tendai" not in out and "4 Mill Lane" in out, out


def test_a_company_called_a_family_in_an_ad_is_no_name():
    assert "Keller" in masked("La famille Keller s'agrandit et recrute un commercial sédentaire.")
