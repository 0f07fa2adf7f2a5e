"""Icons, translations and desktop files shipped with deskapp (installed as deskapp.resources)."""
