"""Tie each figure to its context: subject, indicator, breakdown, place, period, comparison,
direction, speaker and parent figure.

Russian leaves much implicit, so some context is carried along the document: the period stated
in one sentence holds until another is stated, an elliptical list item inherits the predicate of
the first item, a pronoun speaker is the last named one. The walk is one pass over the sentences
in order (document.py); `_DocState` (state.py) holds what carries over. Each figure's sentence
is read by `_SentenceView` (sentence.py), composed of the rules of one concern each: subjects,
noun phrases, places, periods. Data flows one way: tokens → helpers → sentence → document.
"""

from .dating import reference_month, reference_year
from .document import attach_context
from .document_places import all_places, document_places
from .speakers import speaker_sentences, speaker_spans
from .state import DocumentSpeech, DocumentView, SpeechMarks

__all__ = [
    "DocumentSpeech",
    "DocumentView",
    "SpeechMarks",
    "all_places",
    "attach_context",
    "document_places",
    "reference_month",
    "reference_year",
    "speaker_sentences",
    "speaker_spans",
]
