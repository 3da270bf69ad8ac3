package dev.readout.security;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.readout.PostgresTestConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that opens a connection and sends its request a byte at a time, or not at all,
 * is let go: holding connections costs it as much as it costs Readout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PostgresTestConfiguration.class)
class SlowClientTests {

	@LocalServerPort
	int port;

	@Test
	void closesAConnectionWhoseRequestNeverArrives() throws Exception {
		try (Socket client = new Socket("localhost", this.port)) {
			client.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
			OutputStream out = client.getOutputStream();
			out.write("GET / HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			long sent = System.nanoTime();
			// Read to the end: whatever Tomcat says as it closes (a 400, if anything) is
			// not the point.
			client.getInputStream().readAllBytes();
			assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(15));
		}
	}

}
