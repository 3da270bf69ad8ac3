package dev.readout;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fetches pages as a person would see them: parsed, so tests read their text, structure
 * and forms.
 */
public final class Pages {

	private Pages() {
	}

	public static Document get(MockMvcTester mvc, String uri) {
		return get(mvc.get().uri(uri));
	}

	public static Document get(MockMvcTester.MockMvcRequestBuilder request) {
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatusOk();
		return parse(result);
	}

	/**
	 * The page a redirect leads to, as the same person sees it next, with what the
	 * redirect carried across (a kept form, a message) in their session, which the
	 * session cookie names.
	 */
	public static Document followRedirect(MockMvcTester mvc, MvcTestResult redirect, RequestPostProcessor person) {
		assertThat(redirect).hasStatus3xxRedirection();

		return get(mvc.get()
			.uri(redirect.getResponse().getRedirectedUrl())
			.with(person)
			.cookie(redirect.getResponse().getCookies()));
	}

	public static Document parse(MvcTestResult result) {
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	/**
	 * What the browser would send for this form as it stands: its fields' names and
	 * values.
	 */
	public static MultiValueMap<String, String> formValues(Element form) {
		MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
		for (Element field : form.select("input[name], textarea[name], select[name]")) {
			String type = field.attr("type");
			if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
				continue;
			}
			if (type.equals("submit")) {
				continue;
			}
			String value = switch (field.tagName()) {
				case "textarea" -> field.wholeText().replaceFirst("^\\n", "");
				case "select" -> field.select("option[selected]").val();
				default -> field.val();
			};
			values.add(field.attr("name"), value);
		}
		return values;
	}

}
