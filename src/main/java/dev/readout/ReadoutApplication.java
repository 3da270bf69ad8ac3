package dev.readout;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Readout keeps the record of diplomatic contacts between governments: meetings, who took
 * part, what each side said about them in its readout, and what was agreed.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReadoutApplication {

	public static void main(String[] args) {
		SpringApplication.run(ReadoutApplication.class, args);
	}

}
