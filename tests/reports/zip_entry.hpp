// Reads one entry of a zip archive held in memory (libzip), for the XLSX tests.
#pragma once

#include <zip.h>

#include <optional>
#include <string>

namespace finmech::test {

// The bytes of `name` inside the zip `archive`; nullopt when the archive or the entry is unreadable.
inline std::optional<std::string> zip_entry(const std::string& archive, const std::string& name) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(archive.data(), archive.size(), 0, &error);
    if (!source) return std::nullopt;
    zip_t* zip = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!zip) {
        zip_source_free(source);
        return std::nullopt;
    }
    std::optional<std::string> bytes;
    zip_stat_t stat;
    if (zip_stat(zip, name.c_str(), 0, &stat) == 0)
        if (zip_file_t* file = zip_fopen(zip, name.c_str(), 0)) {
            std::string text(stat.size, '\0');
            if (zip_fread(file, text.data(), stat.size) == static_cast<zip_int64_t>(stat.size))
                bytes = std::move(text);
            zip_fclose(file);
        }
    zip_close(zip);
    return bytes;
}

}  // namespace finmech::test
