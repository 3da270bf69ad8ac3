package dev.readout.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query parameter's value as links write it: read back by a server exactly as it was,
 * and as readable as that allows.
 */
class QueryValueTests {

	@ParameterizedTest
	@ValueSource(strings = { "C++", "1+1 talks", "Taiwan & Hong Kong", "a=b", "100%", "#fentanyl", "王毅 布林肯",
			"\"exact phrase\" -wang", "2023-06-19T09:00+08:00_7", "" })
	void comesBackFromAServerExactlyAsItWas(String value) {
		assertThat(URLDecoder.decode(QueryValue.encode(value), StandardCharsets.UTF_8)).isEqualTo(value);
	}

	@Test
	void leavesWhatAQueryMayHoldAsItIs() {
		assertThat(QueryValue.encode("2023-06-19T09:00_7")).isEqualTo("2023-06-19T09:00_7");
		assertThat(QueryValue.encode("a/b?c")).isEqualTo("a/b?c");
		assertThat(QueryValue.encode("C++ talks")).isEqualTo("C%2B%2B%20talks");
	}

}
