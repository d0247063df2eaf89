#!/usr/bin/env python3
"""Writes the charset fixtures of the reader tests (run once; the outputs are
committed). Every sentence is the project's own."""
import os

here = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(here, name), "wb") as f:
        f.write(data)


fr = "Le ministre a présenté un budget révisé à l'Assemblée nationale, où les députés ont débattu jusqu'à minuit."
write("latin1.html", ("<!DOCTYPE html>\n<html><head><meta charset=\"iso-8859-1\"><title>Budget révisé</title></head>\n"
                      "<body><p>" + fr + "</p></body></html>\n").encode("latin-1"))

cp = "Le coût du projet s’élève à 5 millions d’€, a-t-il déclaré « sans détour » — une première."
write("cp1252.html", ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\n"
                      "<title>Coût</title></head><body><p>" + cp + "</p></body></html>\n").encode("cp1252"))

wide = "<html><head><title>Übersicht</title></head><body><p>Die Ministerin sprach über Größe und Maße. Привет, мир.</p></body></html>\n"
write("utf16le-bom.html", b"\xff\xfe" + wide.encode("utf-16-le"))

ja = ("東京で開かれた会議で、各国の代表が経済協力について話し合った。会議は三日間続き、最終日には共同声明が発表された。"
      "記者団に対し、議長は今後も対話を続ける考えを示した。参加した閣僚の多くは、物価の上昇と供給網の混乱に懸念を表明した。\n")
write("shift_jis.txt", ja.encode("shift_jis"))

ru = ("Министр иностранных дел заявил журналистам, что переговоры продолжатся на следующей неделе. "
      "По его словам, стороны обсудили вопросы безопасности, торговли и энергетики. "
      "Представители обеих делегаций отметили, что встреча прошла в конструктивной обстановке.\n")
write("koi8r.txt", ru.encode("koi8-r"))

moji = "Le président a reçu la délégation à l’Élysée."
write("mojibake.html", ("<html><head><meta charset=\"utf-8\"></head><body><p>" +
                        moji.encode("utf-8").decode("cp1252") + "</p></body></html>\n").encode("utf-8"))
