package dev.readout;

import java.nio.charset.StandardCharsets;
import java.util.Collections;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks API exchanges against the OpenAPI document the application itself serves at
 * {@code /v3/api-docs}: a request or response the document does not describe (a missing
 * field, a wrong type, an undocumented status) fails the test.
 */
public final class ApiContract {

	private static OpenApiInteractionValidator validator;

	private ApiContract() {
	}

	/** Asserts that the exchange is one the OpenAPI document describes. */
	public static MvcTestResult conforms(MockMvcTester mvc, MvcTestResult result) {
		ValidationReport report = validator(mvc).validate(request(result.getMvcResult().getRequest()),
				response(result.getMvcResult().getResponse()));
		assertThat(report.getMessages()).as("differences from the OpenAPI document").isEmpty();
		return result;
	}

	/**
	 * Asserts that the answer to a request the document forbids (no token, no If-Match, a
	 * body that is not JSON) is one the document describes.
	 */
	public static MvcTestResult answerConforms(MockMvcTester mvc, MvcTestResult result) {
		MockHttpServletRequest request = result.getMvcResult().getRequest();
		ValidationReport report = validator(mvc).validateResponse(request.getRequestURI(),
				Request.Method.valueOf(request.getMethod()), response(result.getMvcResult().getResponse()));
		assertThat(report.getMessages()).as("differences from the OpenAPI document").isEmpty();
		return result;
	}

	private static synchronized OpenApiInteractionValidator validator(MockMvcTester mvc) {
		if (validator == null) {
			String document = new String(mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsByteArray(),
					StandardCharsets.UTF_8);
			validator = OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
		}
		return validator;
	}

	private static SimpleRequest request(MockHttpServletRequest served) {
		SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(served.getMethod()),
				served.getRequestURI());
		served.getParameterMap().forEach((name, values) -> request.withQueryParam(name, values));
		for (String name : Collections.list(served.getHeaderNames())) {
			request.withHeader(name, Collections.list(served.getHeaders(name)));
		}
		if (served.getContentAsByteArray() != null) {
			request.withBody(served.getContentAsByteArray());
		}
		return request.build();
	}

	private static SimpleResponse response(MockHttpServletResponse served) {
		SimpleResponse.Builder response = SimpleResponse.Builder.status(served.getStatus());
		served.getHeaderNames().forEach(name -> response.withHeader(name, served.getHeaders(name)));
		response.withContentType(served.getContentType());
		response.withBody(served.getContentAsByteArray());
		return response.build();
	}

}
