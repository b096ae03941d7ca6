// The one module that reads the environment.
export const isDevelopment = process.env.NODE_ENV === "development";
