"""Demo institute: the normograma of the Gestión de TIC process."""

from governance.legal.models import LegalNorm

NORMS = (
    (
        "ley",
        "1712",
        2014,
        "Congreso de la República",
        "Por medio de la cual se crea la Ley de Transparencia y del Derecho de Acceso a la Información "
        "Pública Nacional",
        "Arts. 9, 11, 13 y 16",
        "https://www.funcionpublica.gov.co/eva/gestornormativo/norma.php?i=56882",
    ),
    (
        "ley",
        "1581",
        2012,
        "Congreso de la República",
        "Por la cual se dictan disposiciones generales para la protección de datos personales",
        "Todo",
        "",
    ),
    (
        "ley",
        "1273",
        2009,
        "Congreso de la República",
        "Por medio de la cual se crea un nuevo bien jurídico tutelado denominado de la protección de la "
        "información y de los datos",
        "Arts. 269A a 269J",
        "",
    ),
    ("ley", "1474", 2011, "Congreso de la República", "Estatuto Anticorrupción", "Art. 73", ""),
    (
        "decreto",
        "1078",
        2015,
        "Ministerio de Tecnologías de la Información y las Comunicaciones",
        "Decreto Único Reglamentario del Sector de Tecnologías de la Información y las Comunicaciones",
        "Título 9, Parte 2, Libro 2",
        "",
    ),
    (
        "decreto",
        "767",
        2022,
        "Ministerio de Tecnologías de la Información y las Comunicaciones",
        "Por el cual se establecen los lineamientos generales de la Política de Gobierno Digital",
        "Todo",
        "",
    ),
    (
        "decreto",
        "1499",
        2017,
        "Departamento Administrativo de la Función Pública",
        "Modelo Integrado de Planeación y Gestión — MIPG",
        "Todo",
        "",
    ),
    (
        "decreto",
        "612",
        2018,
        "Departamento Administrativo de la Función Pública",
        "Integración de los planes institucionales y estratégicos al Plan de Acción",
        "Art. 1",
        "",
    ),
    (
        "decreto",
        "1081",
        2015,
        "Presidencia de la República",
        "Decreto Único Reglamentario del Sector Presidencia de la República",
        "Título 1, Parte 1, Libro 2",
        "",
    ),
    (
        "resolucion",
        "1519",
        2020,
        "Ministerio de Tecnologías de la Información y las Comunicaciones",
        "Estándares de publicación, accesibilidad web, seguridad digital y datos abiertos",
        "Anexos 1 a 4",
        "",
    ),
    (
        "resolucion",
        "500",
        2021,
        "Ministerio de Tecnologías de la Información y las Comunicaciones",
        "Lineamientos y estándares para la estrategia de seguridad digital y el MSPI",
        "Todo",
        "",
    ),
    (
        "resolucion",
        "746",
        2022,
        "Ministerio de Tecnologías de la Información y las Comunicaciones",
        "Por la cual se fortalece el Modelo de Seguridad y Privacidad de la Información",
        "Todo",
        "",
    ),
    (
        "iso",
        "27001",
        2022,
        "ICONTEC",
        "NTC-ISO/IEC 27001 Seguridad de la información, ciberseguridad y protección de la privacidad",
        "Cláusulas 4 a 10 y Anexo A",
        "",
    ),
    (
        "iso",
        "9001",
        2015,
        "ICONTEC",
        "NTC-ISO 9001 Sistemas de gestión de la calidad",
        "Cláusulas 4 a 10",
        "",
    ),
)


def seed_norms(process) -> None:
    for norm_type, number, year, issuer, title, articles, url in NORMS:
        norm, created = LegalNorm.objects.get_or_create(
            norm_type=norm_type,
            number=number,
            year=year,
            issuer=issuer,
            defaults={"title": title, "applicable_articles": articles, "url": url},
        )
        if created:
            norm.processes.add(process)
