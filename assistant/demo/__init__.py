"""The bilingual demo company BridgeCart (桥购科技): a deterministic, seeded generator with planted
patterns recorded in a manifest that tests and evals read."""
