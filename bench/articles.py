#!/usr/bin/env python3
"""Synthetic article texts for the copy-candidate benchmark, as JSON lines for POST /api/v1/sources.

Words are made-up syllable strings, so texts share no prose with any real article. Every fifth article is a
reworded copy of the one three before it (about one word in seven swapped, two sentences exchanged), so that
candidates exist to be found and compared. Usage: articles.py COUNT
"""
import json
import random
import sys

rng = random.Random(20231)
syllables = ["ka", "lo", "mi", "ren", "tao", "shi", "ve", "dun", "pra", "gel", "os", "tri", "nam", "zu", "bel", "cor"]
vocabulary = sorted({"".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))) for _ in range(6000)})


def sentence():
    words = [rng.choice(vocabulary) for _ in range(rng.randint(10, 18))]
    return " ".join(words).capitalize() + "."


def reworded(text):
    sentences = text.split(". ")
    i, j = rng.sample(range(len(sentences)), 2)
    sentences[i], sentences[j] = sentences[j], sentences[i]
    words = ". ".join(sentences).split(" ")
    return " ".join(rng.choice(vocabulary) if rng.random() < 0.14 and w.islower() else w for w in words)


count = int(sys.argv[1])
texts = []
for n in range(count):
    if n % 5 == 4:
        text = reworded(texts[n - 3])
    else:
        text = " ".join(sentence() for _ in range(rng.randint(6, 10)))
    texts.append(text)
    print(json.dumps({"label": f"Benchmark article {n}", "publisher": f"Wire {n % 97}",
                      "publishedOn": f"20{10 + n % 15}-{1 + n % 12:02d}-{1 + n % 28:02d}",
                      "url": f"https://bench.example/articles/{n}", "text": text}))
