package dev.readout.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import dev.readout.PostgresTestConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS proxy: the proxy's X-Forwarded-Proto makes the session cookie Secure and
 * brings HSTS, and no redirect repeats a Host header a client made up. Spoken over a raw
 * socket, as a proxy would, since HTTP clients will not send a Host of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PostgresTestConfiguration.class)
class BehindTlsProxyTests {

	@LocalServerPort
	int port;

	@Test
	void aRequestTheProxyReceivedOverTlsGetsASecureCookieAndHsts() throws IOException {
		String answer = send("GET /login HTTP/1.1\r\nHost: readout.example\r\nX-Forwarded-Proto: https\r\n"
				+ "Connection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 200");
		assertThat(answer).containsIgnoringCase("Strict-Transport-Security: max-age=");
		assertThat(answer).containsPattern("(?i)Set-Cookie: READOUT_SESSION=[^\\r\\n]*; Secure");
	}

	@Test
	void plainHttpGetsNeitherAndRedirectsNeverNameTheClaimedHost() throws IOException {
		String answer = send("GET /account HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 302");
		assertThat(answer).doesNotContainIgnoringCase("Strict-Transport-Security").doesNotContain("evil.example");
	}

	private String send(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return answer.substring(0, Math.max(answer.indexOf("\r\n\r\n"), 0));
		}
	}

}
