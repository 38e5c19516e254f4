"""Knowledge: bilingual search over policies and past cycles, with cited, grounded answers."""
