package dev.readout.web;

import java.util.Map;
import java.util.List;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What springdoc says about the JSON API as a whole, at {@code /v3/api-docs} and in the
 * browsable UI at {@code /swagger-ui/index.html}, including the problem documents each
 * operation can answer with.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Readout API", version = "v1",
		description = "The record of diplomatic contacts: meetings with their participants, each government's "
				+ "readouts, agreements, officials and sources. Reading is open; adding or changing needs an API "
				+ "token from your account page. Errors are RFC 9457 problem details."))
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "An API token created on your account page")
class ApiDocumentation {

	private static final String PROBLEM = "Problem";

	private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private static final Map<String, String> READ_PROBLEMS = Map.of("400", "The request cannot be read", "404",
			"Not on record");

	private static final Map<String, String> WRITE_PROBLEMS = Map.of("401", "No valid API token", "403",
			"The account may not change the record");

	private static final Map<String, String> CHANGE_PROBLEMS = Map.of("412",
			"Changed by someone else since the version in If-Match; nothing saved", "428",
			"If-Match is missing; nothing saved");

	@Bean
	OpenApiCustomizer problemResponses() {
		return (openApi) -> {
			Components components = (openApi.getComponents() != null) ? openApi.getComponents() : new Components();
			components.addSchemas(PROBLEM, problemSchema());
			openApi.setComponents(components);
			openApi.getPaths().values().forEach((path) -> path.readOperationsMap().forEach((method, operation) -> {
				addProblems(operation, READ_PROBLEMS);
				if (method != PathItem.HttpMethod.GET) {
					addProblems(operation, WRITE_PROBLEMS);
				}
				if (method == PathItem.HttpMethod.PUT) {
					addProblems(operation, CHANGE_PROBLEMS);
				}
			}));
		};
	}

	private static void addProblems(Operation operation, Map<String, String> problems) {
		problems.forEach((status, description) -> {
			ApiResponse response = operation.getResponses().get(status);
			if (response == null) {
				response = new ApiResponse().description(description);
				operation.getResponses().addApiResponse(status, response);
			}
			response.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
		});
	}

	/** RFC 9457, with the field errors Readout adds to invalid input. */
	private static Schema<?> problemSchema() {
		Schema<?> fieldError = new ObjectSchema().addProperty("field", new StringSchema())
			.addProperty("message", new StringSchema());
		Schema<?> problem = new ObjectSchema().addProperty("type", new StringSchema())
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema())
			.addProperty("errors", new ArraySchema().items(fieldError));
		problem.setRequired(List.of("title", "status"));
		return problem.description("A problem detail (RFC 9457)");
	}

}
