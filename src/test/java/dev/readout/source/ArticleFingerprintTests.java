package dev.readout.source;

import java.util.List;
import java.util.stream.IntStream;

import dev.readout.source.CopyCorpus.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Copies and editions found on the labelled corpus, independent reports of the same event
 * left alone; measured as precision and recall over every pair of its texts.
 */
class ArticleFingerprintTests {

	private final List<Text> texts = CopyCorpus.texts();

	@Test
	void findsCopiesAndEditionsAndLeavesIndependentReportsAlone() {
		int truePositives = 0;
		int falsePositives = 0;
		int falseNegatives = 0;
		double lowestSame = 1;
		double highestOther = 0;
		StringBuilder misses = new StringBuilder();
		for (int i = 0; i < this.texts.size(); i++) {
			for (int j = i + 1; j < this.texts.size(); j++) {
				Text one = this.texts.get(i);
				Text other = this.texts.get(j);
				ArticleFingerprint.Similarity similarity = ArticleFingerprint.of(one.text())
					.similarity(ArticleFingerprint.of(other.text()));
				boolean flagged = similarity.isSameStory();
				boolean same = one.sameStoryAs(other);
				lowestSame = same ? Math.min(lowestSame, similarity.score()) : lowestSame;
				highestOther = same ? highestOther : Math.max(highestOther, similarity.score());
				if (flagged && same) {
					truePositives++;
				}
				else if (flagged) {
					falsePositives++;
					misses.append("flagged ").append(pair(one, other, similarity)).append('\n');
				}
				else if (same) {
					falseNegatives++;
					misses.append("missed ").append(pair(one, other, similarity)).append('\n');
				}
			}
		}
		double precision = (double) truePositives / (truePositives + falsePositives);
		double recall = (double) truePositives / (truePositives + falseNegatives);
		System.out.printf(
				"copy detection on the corpus: %d same-story pairs of %d, precision %.2f, recall %.2f; "
						+ "scores: same story at least %.2f, others at most %.2f%n%s",
				truePositives + falseNegatives, this.texts.size() * (this.texts.size() - 1) / 2, precision, recall,
				lowestSame, highestOther, misses);
		assertThat(precision).as(misses.toString()).isGreaterThanOrEqualTo(0.9);
		assertThat(recall).as(misses.toString()).isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void catchesAMachineRewordedCopyWithItsEvidence() {
		String original = this.texts.get(0).text();
		ArticleFingerprint.Similarity similarity = ArticleFingerprint.of(original)
			.similarity(ArticleFingerprint.of(CopyCorpus.reword(original)));
		assertThat(similarity.isSameStory()).isTrue();
		assertThat(similarity.sharedQuotes()).containsExactly("a fair catch for both coasts");
	}

	@Test
	void filesCopiesAndEditionsUnderACommonBandKeySoThatTheyAreFoundWithoutComparingEveryText() {
		long found = IntStream.range(0, this.texts.size())
			.boxed()
			.flatMap(i -> IntStream.range(i + 1, this.texts.size()).mapToObj(j -> new int[] { i, j }))
			.filter(pair -> this.texts.get(pair[0]).sameStoryAs(this.texts.get(pair[1])))
			.filter(pair -> shareABand(this.texts.get(pair[0]), this.texts.get(pair[1])))
			.count();
		// Four events, three texts of one story each: three pairs per event.
		assertThat(found).isEqualTo(12);
	}

	private static boolean shareABand(Text one, Text other) {
		long[] keys = ArticleFingerprint.of(one.text()).bandKeys();
		long[] others = ArticleFingerprint.of(other.text()).bandKeys();
		return IntStream.range(0, keys.length).anyMatch(band -> keys[band] == others[band]);
	}

	private static String pair(Text one, Text other, ArticleFingerprint.Similarity similarity) {
		return "%s %s / %s %s: %.2f (%d sentences)".formatted(one.event(), one.kind(), other.event(), other.kind(),
				similarity.score(), similarity.sentences());
	}

}
