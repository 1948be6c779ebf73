"""Tests of the accuracy benchmark (typesetting, gold, scorer). Run: python -m pytest benchmarks/accuracy/tests"""
