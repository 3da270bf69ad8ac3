package dev.readout.web;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.SliceImpl;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links to the request being answered with one parameter changed (the other language, the
 * next page of a list): relative to the server whatever host the client claims, every
 * other parameter kept as the client sent it, the new value encoded with its plus signs.
 */
class ThisRequestTests {

	@AfterEach
	void forgetTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void setsOneParameterAndKeepsTheOthersAsSent() {
		answering("/search", "q=C%2B%2B%20export&lang=en");

		assertThat(ThisRequest.with("lang", "zh-CN")).isEqualTo("/search?q=C%2B%2B%20export&lang=zh-CN");
		assertThat(ThisRequest.without("lang")).isEqualTo("/search?q=C%2B%2B%20export");
	}

	@Test
	void encodesTheNewValuesPlusSignsAndAmpersands() {
		answering("/api/v1/meetings", null);

		assertThat(ThisRequest.with("after", "2023-06-19T09:00+08:00_7 & more"))
			.isEqualTo("/api/v1/meetings?after=2023-06-19T09:00%2B08:00_7%20%26%20more");
	}

	@Test
	void linksRelativeToTheServerWhateverHostTheClientClaims() {
		MockHttpServletRequest request = answering("/meetings/2", "lang=en");
		request.setServerName("attacker.example");
		request.addHeader("Host", "attacker.example");

		assertThat(ThisRequest.with("lang", "zh-CN")).isEqualTo("/meetings/2?lang=zh-CN");
	}

	@Test
	void linksANumberedListToItsNextPageOnlyWhenThereIsOne() {
		answering("/api/v1/sources", "page=0&size=2");

		ApiPage<String> first = ApiPage.numbered(new SliceImpl<>(List.of("a", "b"), PageRequest.of(0, 2), true),
				List.of("A", "B"));
		ApiPage<String> last = ApiPage.numbered(new SliceImpl<>(List.of("c"), PageRequest.of(1, 2), false),
				List.of("C"));

		assertThat(first.items()).containsExactly("A", "B");
		assertThat(first.next()).isEqualTo("/api/v1/sources?size=2&page=1");
		assertThat(last.next()).isNull();
	}

	private static MockHttpServletRequest answering(String path, String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setQueryString(query);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		return request;
	}

}
