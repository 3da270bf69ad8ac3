package dev.readout.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.readout.PageTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document tells a script's author what every operation can answer: each may
 * be unreadable or not on record, each write needs a token with the right to write, each
 * change a current If-Match, and every refusal is a problem document.
 */
@PageTest
class ApiDocumentationTests {

	private static final String PROBLEM = "#/components/schemas/Problem";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Test
	void documentsTheProblemsEveryOperationCanAnswerWith() {
		JsonNode document = document();
		List<String> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				String method = operation.getKey();
				String name = method + " " + path.getKey();
				operations.add(name);
				JsonNode responses = operation.getValue().path("responses");
				List<String> expected = new ArrayList<>(List.of("400", "404"));
				if (!method.equals("get")) {
					expected.addAll(List.of("401", "403"));
				}
				if (method.equals("put")) {
					expected.addAll(List.of("412", "428"));
				}
				for (String status : expected) {
					assertThat(responses.path(status)
						.path("content")
						.path("application/problem+json")
						.path("schema")
						.path("$ref")
						.asString()).as("%s answering %s", name, status).isEqualTo(PROBLEM);
				}
			}
		}
		assertThat(operations).contains("get /api/v1/meetings", "post /api/v1/meetings/{id}/readouts",
				"put /api/v1/readouts/{id}", "post /api/v1/sources");
	}

	@Test
	void describesAProblemAsRfc9457WithTheFieldErrorsOfInvalidInput() {
		JsonNode problem = document().path("components").path("schemas").path("Problem");

		assertThat(problem.path("required").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("title",
				"status");
		assertThat(problem.path("properties").propertyNames()).containsExactlyInAnyOrder("type", "title", "status",
				"detail", "instance", "errors");
		assertThat(problem.path("properties").path("errors").path("items").path("properties").propertyNames())
			.containsExactlyInAnyOrder("field", "message");
	}

	@Test
	void asksForATokenOnlyWhereTheRecordIsChanged() {
		JsonNode document = document();
		assertThat(document.path("components").path("securitySchemes").path("token").path("scheme").asString())
			.isEqualTo("bearer");
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				boolean asksForToken = operation.getValue().path("security").toString().contains("token");
				assertThat(asksForToken).as("%s %s asks for a token", operation.getKey(), path.getKey())
					.isEqualTo(!operation.getKey().equals("get"));
			}
		}
	}

	private JsonNode document() {
		MvcTestResult result = this.mvc.get().uri("/v3/api-docs").exchange();
		assertThat(result).hasStatusOk();
		return this.json.readTree(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

}
