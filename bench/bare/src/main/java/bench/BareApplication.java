package bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** One controller answering {@code /events} with the bytes of the file {@code --bytes} names. */
@SpringBootApplication
@RestController
public class BareApplication {

	private final byte[] body;

	BareApplication(@Value("${bytes}") Path bytes) throws IOException {
		this.body = Files.readAllBytes(bytes);
	}

	@GetMapping("/events")
	ResponseEntity<byte[]> events() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}

	public static void main(String[] args) {
		SpringApplication.run(BareApplication.class, args);
	}

}
