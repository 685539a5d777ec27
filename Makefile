# migextract — the two commands a fresh clone needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench eval heldout agreement train-subject nerel setup clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,dask]"
	touch $(STAMP)

setup: $(STAMP)

## Extract the embedded samples into out/ and print a summary.
run: $(STAMP)
	$(BIN)/migextract extract samples/ samples/news_batch.jsonl -o out/
	@echo
	@$(BIN)/migextract show out/ --doc kz_internal_migration_2024 --limit 3 2>/dev/null || true

## Lint, then the whole test suite.
test: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests

## Scores on the hand-annotated dev set (see README, "Measured quality").
eval: $(STAMP)
	$(BIN)/migextract eval eval/dev --corpus ../shared/corpus

## Scores on the held-out sets: texts the rules were never tuned on (eval/heldout*/NOTES.md).
heldout: $(STAMP)
	$(BIN)/migextract eval eval/heldout --corpus ../shared/corpus --misses 0
	@echo
	$(BIN)/migextract eval eval/heldout2 --corpus ../shared/corpus --misses 0
	@echo
	$(BIN)/migextract eval eval/heldout3 --corpus ../shared/corpus --misses 0
	@echo
	$(BIN)/migextract eval eval/heldout4 --corpus ../shared/corpus --misses 0
	@echo
	$(BIN)/migextract eval eval/heldout5 --corpus ../shared/corpus --misses 0

## How far a second, blind annotation of 10 dev documents agrees with the dev gold, and how far
## the pipeline agrees with each on the same documents (README, "Two annotators").
agreement: $(STAMP)
	$(BIN)/migextract eval eval/dev --corpus ../shared/corpus --second-annotation eval/agreement --misses 0
	@echo
	$(BIN)/migextract eval eval/dev --corpus ../shared/corpus --only-documents-of eval/agreement --misses 0
	@echo
	$(BIN)/migextract eval eval/agreement --corpus ../shared/corpus --misses 0

## Retrain the subject ranker on dev parts A–H, validated on part I (rules/models/README.md).
train-subject: $(STAMP)
	$(BIN)/python -m migextract.train_subject eval/dev --corpus ../shared/corpus --validate part_i,part_j --out rules/models/subject.yaml

## Recall/precision on NEREL's NUMBER/PERCENT/MONEY spans.
nerel: $(STAMP)
	$(BIN)/python -m migextract.nerel ../shared/corpus/nerel

## Throughput and memory against the Natasha baseline.
bench: $(STAMP)
	$(BIN)/python -m migextract.bench --corpus ../shared/corpus

clean:
	rm -rf out/ .pytest_cache .ruff_cache
