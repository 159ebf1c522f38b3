"""The matching test library: a builder from a real bibliography and an evaluator."""
