import org.jetbrains.kotlin.gradle.dsl.JvmTarget

plugins {
    alias(libs.plugins.android.application)
    alias(libs.plugins.kotlin.android)
    alias(libs.plugins.kotlin.compose)
}

android {
    namespace = "org.harbourapp.android"
    compileSdk = 35

    defaultConfig {
        // Shown in Settings › Apps › App info and to anything that lists packages: a real
        // distribution should pick an id that does not name the project (see README).
        applicationId = "org.harbourapp.android"
        minSdk = 26
        targetSdk = 35
        versionCode = 1
        versionName = "0.1.0"
        // The ABIs build-rust.sh builds; JNA's AAR carries more, which would only be dead weight.
        ndk { abiFilters += listOf("arm64-v8a", "armeabi-v7a") }
    }

    buildTypes {
        release {
            // R8 would need keep rules for JNA's reflection and the generated bindings; this
            // reference shell leaves shrinking off rather than ship rules nobody has tested.
            isMinifyEnabled = false
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    buildFeatures { compose = true }
}

kotlin {
    compilerOptions { jvmTarget.set(JvmTarget.JVM_17) }
}

dependencies {
    // The generated bindings (org.harbourapp.core, from build-rust.sh) call the Rust library
    // through JNA; the AAR carries JNA's own native part for each ABI. `@aar` also means no
    // transitive jar of JNA's desktop natives.
    implementation("net.java.dev.jna:jna:${libs.versions.jna.get()}@aar")
    // The bindings' suspend functions (setupAsync, calibrateKdfAsync…) and the screens' IO.
    implementation(libs.kotlinx.coroutines.android)
    // uniffi's Android cleaner (uniffi-android.toml) uses @RequiresApi.
    implementation(libs.androidx.annotation)

    implementation(libs.androidx.activity.compose)
    implementation(libs.androidx.lifecycle.viewmodel.ktx)
    implementation(platform(libs.compose.bom))
    implementation(libs.compose.ui)
    implementation(libs.compose.foundation)
    implementation(libs.compose.material3)
    implementation(libs.compose.material.icons.core)
}
