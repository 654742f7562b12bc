"""Bounds on what people type into the portal.

Free text reaches tickets, comments, registers and form submissions; unbounded, one paste could
store megabytes. Every multi-line free-text input takes at most ``MAX_FREE_TEXT`` characters and
a longer one is refused with Django's Spanish message ("Asegúrese de que este valor tenga como
máximo 20000 caracteres…"), keeping what was typed:

* hand-written forms declare ``max_length=MAX_FREE_TEXT`` on their text areas;
* Wagtail admin forms (registers, tickets, settings) get it on every plain ``TextField``
  (registered in ``portal.apps``; rich text is left alone);
* editor-defined forms (contact, service requests) through ``portal.form_builders``.
"""

#: Characters of one free-text answer: room for a long account with a pasted log.
MAX_FREE_TEXT = 20_000
