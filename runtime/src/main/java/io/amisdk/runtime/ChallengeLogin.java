package io.amisdk.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The MD5 challenge login: {@code Key} is the lower-case hex MD5 of the challenge followed by the secret. */
final class ChallengeLogin {
    private ChallengeLogin() {
    }

    static String key(String challenge, String secret) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(challenge.getBytes(StandardCharsets.UTF_8));
            md5.update(secret.getBytes(StandardCharsets.UTF_8));
            byte[] digest = md5.digest();
            StringBuilder hex = new StringBuilder(32);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }
}
